stub: upstream file of 49866 bytes
