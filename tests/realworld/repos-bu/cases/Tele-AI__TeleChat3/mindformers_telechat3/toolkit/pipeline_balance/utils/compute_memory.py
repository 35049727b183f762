stub: upstream file of 20430 bytes
