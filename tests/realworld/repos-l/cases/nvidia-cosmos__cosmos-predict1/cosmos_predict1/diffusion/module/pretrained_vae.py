stub: upstream file of 21946 bytes
