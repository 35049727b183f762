stub: upstream file of 10792 bytes
