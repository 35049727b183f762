stub: upstream file of 69088 bytes
