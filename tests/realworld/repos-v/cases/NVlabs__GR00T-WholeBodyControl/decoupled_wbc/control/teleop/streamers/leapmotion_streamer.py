stub: upstream file of 11370 bytes
