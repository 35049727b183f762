stub: upstream file of 27651 bytes
