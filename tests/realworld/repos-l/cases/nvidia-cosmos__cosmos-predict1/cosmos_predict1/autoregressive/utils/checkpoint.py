stub: upstream file of 28189 bytes
