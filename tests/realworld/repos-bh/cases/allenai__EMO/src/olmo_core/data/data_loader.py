stub: upstream file of 46584 bytes
