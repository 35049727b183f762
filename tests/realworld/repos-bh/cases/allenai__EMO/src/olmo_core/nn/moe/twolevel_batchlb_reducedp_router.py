stub: upstream file of 12849 bytes
