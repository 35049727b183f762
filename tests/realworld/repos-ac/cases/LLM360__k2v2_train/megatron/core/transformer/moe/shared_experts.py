stub: upstream file of 10922 bytes
