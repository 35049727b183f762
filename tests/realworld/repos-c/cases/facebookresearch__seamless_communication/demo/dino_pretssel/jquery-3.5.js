stub: upstream file of 89492 bytes
