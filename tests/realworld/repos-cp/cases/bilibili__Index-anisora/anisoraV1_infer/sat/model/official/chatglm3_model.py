stub: upstream file of 7006 bytes
