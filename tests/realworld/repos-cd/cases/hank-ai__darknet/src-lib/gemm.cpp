stub: upstream file of 74543 bytes
