stub: upstream file of 4326 bytes
