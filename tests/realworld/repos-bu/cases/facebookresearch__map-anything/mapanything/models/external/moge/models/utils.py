stub: upstream file of 15974 bytes
