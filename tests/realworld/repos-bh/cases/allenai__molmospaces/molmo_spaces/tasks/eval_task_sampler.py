stub: upstream file of 13618 bytes
