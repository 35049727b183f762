stub: upstream file of 12696 bytes
