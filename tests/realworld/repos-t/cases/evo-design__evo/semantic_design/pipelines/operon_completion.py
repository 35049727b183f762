stub: upstream file of 18618 bytes
