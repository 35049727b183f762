stub: upstream file of 78802 bytes
