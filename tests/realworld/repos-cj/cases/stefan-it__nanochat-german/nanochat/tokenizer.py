stub: upstream file of 17802 bytes
