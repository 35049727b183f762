stub: upstream file of 32866 bytes
