stub: upstream file of 734092 bytes
