stub: upstream file of 15739 bytes
