stub: upstream file of 24866 bytes
