stub: upstream file of 13471 bytes
