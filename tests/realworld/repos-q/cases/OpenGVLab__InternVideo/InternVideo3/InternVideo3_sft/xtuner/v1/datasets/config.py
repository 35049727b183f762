stub: upstream file of 19478 bytes
