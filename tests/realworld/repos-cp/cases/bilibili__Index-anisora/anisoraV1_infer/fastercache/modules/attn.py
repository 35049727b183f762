stub: upstream file of 7639 bytes
