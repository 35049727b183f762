stub: upstream file of 19561 bytes
