stub: upstream file of 34008 bytes
