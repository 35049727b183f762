stub: upstream file of 457866 bytes
