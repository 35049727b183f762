stub: upstream file of 9253 bytes
