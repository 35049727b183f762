stub: upstream file of 74991 bytes
