stub: upstream file of 13889 bytes
