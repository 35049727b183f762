stub: upstream file of 18193 bytes
