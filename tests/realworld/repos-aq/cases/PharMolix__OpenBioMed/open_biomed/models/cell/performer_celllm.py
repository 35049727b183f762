stub: upstream file of 34458 bytes
