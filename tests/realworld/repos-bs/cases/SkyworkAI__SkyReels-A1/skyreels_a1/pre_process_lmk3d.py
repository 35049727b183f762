stub: upstream file of 17887 bytes
