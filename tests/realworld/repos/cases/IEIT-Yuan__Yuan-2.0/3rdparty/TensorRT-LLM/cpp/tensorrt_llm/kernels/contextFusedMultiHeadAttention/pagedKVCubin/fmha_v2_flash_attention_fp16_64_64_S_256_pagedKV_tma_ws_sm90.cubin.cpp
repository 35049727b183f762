stub: upstream file of 1344622 bytes
