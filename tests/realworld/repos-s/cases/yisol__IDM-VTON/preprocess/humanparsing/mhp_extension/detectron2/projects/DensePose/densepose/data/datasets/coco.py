stub: upstream file of 10866 bytes
