stub: upstream file of 38985 bytes
