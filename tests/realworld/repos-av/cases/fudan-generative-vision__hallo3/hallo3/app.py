stub: upstream file of 15875 bytes
