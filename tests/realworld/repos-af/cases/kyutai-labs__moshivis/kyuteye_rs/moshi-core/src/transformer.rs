stub: upstream file of 39618 bytes
