stub: upstream file of 7629 bytes
