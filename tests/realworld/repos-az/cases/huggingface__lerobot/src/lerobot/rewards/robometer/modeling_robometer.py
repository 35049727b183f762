stub: upstream file of 20688 bytes
