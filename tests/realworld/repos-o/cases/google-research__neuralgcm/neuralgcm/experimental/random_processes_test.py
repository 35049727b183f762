stub: upstream file of 18974 bytes
