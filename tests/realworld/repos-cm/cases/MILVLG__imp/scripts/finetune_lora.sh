stub: upstream file of 1618 bytes
