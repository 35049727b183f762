stub: upstream file of 5305 bytes
