stub: upstream file of 12663 bytes
