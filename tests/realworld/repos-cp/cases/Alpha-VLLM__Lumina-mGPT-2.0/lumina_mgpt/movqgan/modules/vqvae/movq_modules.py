stub: upstream file of 12618 bytes
