stub: upstream file of 8866 bytes
