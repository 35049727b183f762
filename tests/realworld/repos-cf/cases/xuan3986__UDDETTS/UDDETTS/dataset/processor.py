stub: upstream file of 14979 bytes
