stub: upstream file of 16940 bytes
