stub: upstream file of 3618 bytes
