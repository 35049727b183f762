stub: upstream file of 18929 bytes
