stub: upstream file of 10108 bytes
